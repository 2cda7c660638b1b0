"""Sign-in, first-start device setup and the idle lock."""
