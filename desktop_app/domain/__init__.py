"""Pure domain rules: no database, no Qt. Everything here is deterministic and easy to test."""
