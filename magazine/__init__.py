"""Build a good-practices magazine (HTML edition, screen PDF, press PDF) from Markdown files."""
