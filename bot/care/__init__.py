"""Crisis care: the reply, the check question, care mode, grounding and the safety plan."""
