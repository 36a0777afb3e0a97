-- Consecutive Telegram "chat not found" answers per chat: the chat is paused only after a few in a row
-- (Delivery:PauseAfterChatNotFound), because the answer is sometimes transient. Any delivered message resets it.
ALTER TABLE chats ADD COLUMN not_found_count INTEGER NOT NULL DEFAULT 0;
