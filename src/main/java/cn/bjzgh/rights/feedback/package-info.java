/**
 * Workers' feedback on answers: stored through Spring JDBC in the configured database (an
 * embedded file database by default, PostgreSQL by a change of URL), schema managed by
 * Flyway, exported by union staff through the admin API.
 */
package cn.bjzgh.rights.feedback;
