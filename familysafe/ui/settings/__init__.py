"""The Settings page's groups: each shows its own choices, loads them and saves them."""
