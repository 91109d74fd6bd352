"""PDFs (reportlab) and charts (matplotlib Figure), no Qt: shared by the GUI and the CLI."""
