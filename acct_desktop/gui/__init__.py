"""Everything Qt: the main window, its docks, item models, dialogs and widgets."""
