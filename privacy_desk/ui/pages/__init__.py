"""One controller widget per screen."""
