"""What the Discord side says on its own, when the service can't answer: one module every handler can
import without importing the client."""

TROUBLE = "Something went wrong on my side. Your place is kept; please try again in a moment."
