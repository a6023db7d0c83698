/**
 * The chat's web side: {@code POST /api/chat} ({@code ChatController}, answers gathered
 * by {@code AnswerCollector}), the {@code /ws/chat} socket ({@code ChatWebSocketHandler},
 * {@code WebSocketConfiguration}, with the socket caps and origin check of
 * {@code SocketLimits}), and the request and answer records. It validates and carries
 * questions to {@link cn.bjzgh.rights.chat.ChatService}; it decides nothing about the
 * answers.
 */
package cn.bjzgh.rights.chat.web;
