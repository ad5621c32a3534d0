"""What a trainer can do with a chosen case (shared by the menu and the case chooser)."""

PRESENT, LIVE, SELF_TEST = "present", "live", "self-test"
