"""Dates: explicit, relative and ranged calendar expressions, normalised against a reference day."""
