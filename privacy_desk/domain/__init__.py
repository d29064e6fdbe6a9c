"""Pure rules of the privacy office: no I/O, no Qt, no database."""
