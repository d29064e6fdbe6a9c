"""Users, passwords and the keys that encrypt the case database."""
