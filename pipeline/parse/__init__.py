"""Parse: raw bytes -> Document. Owned by the extraction work (issue 4)."""
