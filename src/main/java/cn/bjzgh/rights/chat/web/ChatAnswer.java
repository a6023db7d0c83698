package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.ChatMode;
import cn.bjzgh.rights.chat.Citation;
import cn.bjzgh.rights.chat.Handoff;
import cn.bjzgh.rights.chat.Suggestion;

import java.util.List;

import cn.bjzgh.rights.calc.CalcResult;

/**
 * A whole answer, as {@code POST /api/chat} returns it.
 *
 * @param sessionId the conversation, to send with the next question
 * @param answerId this answer, to refer to in feedback
 * @param answer the answer text with [n] citation marks
 * @param mode how it was made
 * @param citations the sources, numbered as in the text
 * @param handoff the hand-over to people, or null
 * @param calculation the calculation the answer rests on, or null
 * @param suggestions questions to tap: the choices of a question back, or related
 * questions (empty when none)
 * @param suggestionKind {@code clarify} or {@code related}, or null when there are none
 */
public record ChatAnswer(String sessionId, String answerId, String answer, ChatMode mode, List<Citation> citations,
		Handoff handoff, CalcResult calculation, List<Suggestion> suggestions, String suggestionKind) {

}
