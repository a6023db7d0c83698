/**
 * Loading the union's handbooks from {@code knowledge/}: front matter, structure-aware
 * chunking and the legal basis each chunk cites. Nothing here knows about search or chat.
 */
package cn.bjzgh.rights.knowledge;
