/**
 * The union staff's console ({@code /admin} and {@code /api/admin/**}): usage at a
 * glance, unanswered questions grouped by meaning, an entry editor checked by the
 * knowledge base's own rules, uploaded documents, feedback and the change history.
 * Console knowledge lives in the database (shared by every instance) and is indexed with
 * the {@code knowledge/} folder.
 */
package cn.bjzgh.rights.console;
