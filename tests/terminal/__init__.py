"""Real-terminal journeys: the installed ``hyoka`` on a pseudo-terminal, as a user runs it."""
