package cn.bjzgh.rights.chat;

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
 */
public record ChatAnswer(String sessionId, String answerId, String answer, ChatMode mode, List<Citation> citations,
		Handoff handoff, CalcResult calculation) {

}
