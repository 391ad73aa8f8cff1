"""The pure domain: no Qt, no SQL, no I/O. Every function takes the date it reasons about."""
