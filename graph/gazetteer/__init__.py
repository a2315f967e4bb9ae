"""Reference data: regions, agencies, concepts and document forms."""
