"""Draw the dialogue trees for authors: Graphviz DOT or Mermaid text, and images through Graphviz."""

from bot.graph.dot import to_dot
from bot.graph.mermaid import to_mermaid
from bot.graph.shape import analyse

__all__ = ["analyse", "to_dot", "to_mermaid"]
