"""Use cases: one function per thing a user does, each one transaction. No Qt here."""
