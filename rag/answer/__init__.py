"""Answer: from read passages to a cited answer (or an abstention), and follow-ups.

``compose`` (extractive answers), ``about_answer`` (questions about the article itself),
``LLMAnswerer`` (an LLM writes the answer, citations checked), ``QueryRewriter``
(follow-up questions), ``Turn`` (a conversation turn).
"""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {
    "compose": "compose", "about_answer": "about", "LLMAnswerer": "generate",
    "get_llm": "llm", "QueryRewriter": "rewrite", "Turn": "chat", "to_turns": "chat",
})
