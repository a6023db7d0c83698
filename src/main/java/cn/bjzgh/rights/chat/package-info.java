/**
 * Answers: a worker's question is rewritten against the conversation, matched against the
 * handbooks, and answered by the handbook directly (FAQ), by an LLM grounded in the
 * retrieved passages, or offline by extracting from the passages; every answer carries
 * its citations, and a handoff to people when the case needs one. REST at
 * {@code /api/chat}, streaming at {@code /ws/chat}.
 */
package cn.bjzgh.rights.chat;
