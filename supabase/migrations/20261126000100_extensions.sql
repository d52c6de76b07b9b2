-- Embeddings for rules retrieval live beside the game data.
create extension if not exists vector;
