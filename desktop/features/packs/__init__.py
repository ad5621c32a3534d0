"""Content packs in the app: import (with what it adds or changes, and its signer), export of the
user's own content, removal of installed packs."""
