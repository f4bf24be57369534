"""People: titled names, later short forms and pronouns, with their countries."""
