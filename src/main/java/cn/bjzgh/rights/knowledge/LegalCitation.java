package cn.bjzgh.rights.knowledge;

/**
 * One cited provision: a law by the name the handbook uses and one article (or, for
 * guidelines that number items instead of articles, one item).
 *
 * @param law the law's citation name, without the 《》 marks, e.g. 劳动合同法
 * @param article the unit as written, e.g. 第八十二条 or 第（十）项
 */
public record LegalCitation(String law, String article) {

	@Override
	public String toString() {
		return "《" + this.law + "》" + this.article;
	}

}
