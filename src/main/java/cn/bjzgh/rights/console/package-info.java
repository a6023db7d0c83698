/**
 * The union staff's console: turning the documents staff upload (PDF, Word, HTML, plain
 * text, Markdown) into knowledge documents in the project's Markdown format, previewed as
 * the passages the knowledge loader would index, before they are published.
 */
package cn.bjzgh.rights.console;
