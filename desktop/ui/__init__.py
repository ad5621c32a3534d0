"""Shared user-interface helpers: menus and toolbars, mnemonics, tool tips, showing windows."""
