"""Modal dialogs: questions, prompts, choices, conflicts and the row editor. They return a
value to the screen that opened them and never open report screens themselves."""
