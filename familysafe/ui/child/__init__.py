"""A child's page: their suggested topics, their apps with checklists, and their talks."""
