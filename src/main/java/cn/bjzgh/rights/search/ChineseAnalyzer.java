package cn.bjzgh.rights.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * SmartCN word segmentation, lower-casing and stop words; with a synonym map it also
 * expands the workers' everyday words into the handbook's terms. Synonyms are applied at
 * query time only, so editing {@code synonyms.txt} never requires re-indexing.
 */
final class ChineseAnalyzer extends Analyzer {

	/**
	 * SmartCN's punctuation stop set plus spoken fillers that occur in almost every
	 * question and carry no topic (怎么办, 吗, 呢 …). Words that change meaning, such as 不 or
	 * 没有, are deliberately kept.
	 */
	static final CharArraySet STOP_WORDS;

	static {
		CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
		for (String w : new String[] { "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "么", "我", "你", "他", "她", "我们", "是",
				"在", "就", "都", "也", "还", "这", "那", "这个", "那个", "怎么", "怎么办", "咋", "咋办", "怎样", "如何", "什么", "请问", "一下",
				"有没有", "是不是", "能不能", "可不可以" }) {
			set.add(w);
		}
		STOP_WORDS = CharArraySet.unmodifiableSet(set);
	}

	private final SynonymMap synonyms;

	ChineseAnalyzer(SynonymMap synonyms) {
		this.synonyms = synonyms;
	}

	/** The analyzer for indexing and for parsing the synonym file itself. */
	static ChineseAnalyzer plain() {
		return new ChineseAnalyzer(null);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new HMMChineseTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		stream = new StopFilter(stream, STOP_WORDS);
		if (this.synonyms != null && this.synonyms.fst != null) {
			stream = new SynonymGraphFilter(stream, this.synonyms, true);
		}
		return new TokenStreamComponents(tokenizer, stream);
	}

}
