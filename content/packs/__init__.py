"""Content packs: a zip of articles and cases with a manifest, optionally signed (Ed25519).

The public surface for the app and the command line is `content.packs.api`:
inspect, install, remove, list_installed and build_pack. The format is documented in
docs/packs.md."""
