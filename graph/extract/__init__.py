"""Pure extraction: from an item's text to the facts it states."""
