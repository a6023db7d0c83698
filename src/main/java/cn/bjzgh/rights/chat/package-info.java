/**
 * Answers, with the conversation as the unit: each turn's facts go into the
 * conversation's case file, a follow-up is made self-contained from it and searched, and
 * one routing decision (decline, probe, hand-off, question back, calculation, FAQ, LLM,
 * offline) is carried out. Every answer carries its citations, and a hand-off to people
 * when the case needs one. The web side ({@code /api/chat}, {@code /ws/chat}) is in
 * {@code chat.web}.
 */
package cn.bjzgh.rights.chat;
