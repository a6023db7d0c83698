package cn.bjzgh.rights.chat;

import java.util.Map;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.EndingReason;

/**
 * What a worker tells about how the job ended that decides the figure besides the ending
 * itself: calling it unlawful, refusing a renewal on the same terms, or telling later
 * that it was the worker's own wish after all.
 */
final class EndingFacts {

	/** An ending called unlawful, not asked about ("这算违法辞退吗" asks). */
	private static final Pattern CALLED_UNLAWFUL = Pattern.compile("违法(辞退|开除|解除|裁员|解雇|终止)(?![^，。,]{0,4}(吗|么|不|？|\\?))");

	/**
	 * The worker telling that the job ended at their own wish ("其实是我自己先提的离职"): it
	 * replaces an ending at the employer's hand told before
	 * ({@link CaseFile#OWN_ACCORD}).
	 */
	private static final Pattern QUIT_OWN = Pattern
		.compile("我自己(先)?(提|提出|要求|主动)(的)?(离职|辞职|走)|我(自己)?主动(提|提出)?(的)?(离职|辞职)");

	private static final Pattern FORCED = Pattern.compile("逼|被迫|强迫|硬让|非让");

	private EndingFacts() {
	}

	/**
	 * Reads them into {@code facts}.
	 * @param ended whether the job ended at the employer's hand, told now or before
	 */
	static void read(String text, boolean ended, Map<Fact, String> facts) {
		if (QUIT_OWN.matcher(text).find() && !FORCED.matcher(text).find()) {
			facts.put(Fact.RESIGNING, CaseFile.OWN_ACCORD);
		}
		if (EndingReason.renewalRefused(text)) {
			facts.put(Fact.RENEWAL_REFUSED, "true");
		}
		if (ended && CALLED_UNLAWFUL.matcher(text).find()) {
			facts.put(Fact.CALLED_UNLAWFUL, "true");
		}
	}

}
