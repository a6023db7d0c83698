/**
 * Several instances, one service: what instances share through Redis when
 * {@code REDIS_URL} is set (conversations, rate-limit buckets, knowledge changes, each
 * instance's index version), and how each instance falls back to its own memory when
 * Redis is down or slow and returns to shared mode by itself. Without {@code REDIS_URL}
 * there is one instance and nothing here talks to the network. Depends on no other
 * package of the service.
 */
package cn.bjzgh.rights.cluster;
