package cn.bjzgh.rights.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryFitTest {

	final FactExtractor facts = new FactExtractor();

	CaseFile after(String... messages) {
		CaseFile file = CaseFile.EMPTY;
		for (String m : messages) {
			file = file.nextTurn(this.facts.read(m, file));
		}
		return file;
	}

	static Passage passage(String question, double confidence) {
		return new Passage("rights-handbook/x#" + question, "t", "s", "c", question, question, question, List.of(), 0.8,
				confidence);
	}

	final Passage moving = passage("公司搬家、业务调整，说\"情况变了\"让我走，有补偿吗？", 0.44);

	final Passage resigning = passage("自己提出辞职，能拿经济补偿吗？", 0.42);

	@Test
	void a_passage_that_names_what_the_worker_told_earlier_fits_the_story() {
		CaseFile file = after("俺在厂里干了五年了", "厂子要搬到河北去", "能给补偿不");
		assertThat(StoryFit.fits(file, List.of(this.moving, this.resigning))).isTrue();
	}

	@Test
	void nothing_told_earlier_a_second_passage_naming_it_too_or_a_weak_first_one_does_not() {
		// Told in this very turn, it is the question, not the story.
		assertThat(StoryFit.fits(after("你好", "厂子要搬到河北去 能给补偿不"), List.of(this.moving, this.resigning))).isFalse();
		CaseFile file = after("厂子要搬到河北去", "能给补偿不");
		assertThat(StoryFit.fits(file, List.of(this.resigning, this.moving))).isFalse();
		assertThat(StoryFit.fits(file, List.of(this.moving, passage("公司要把我调到外地上班，我必须去吗？", 0.4)))).isFalse();
		assertThat(StoryFit.fits(file, List.of(passage("公司搬家、业务调整，说\"情况变了\"让我走，有补偿吗？", 0.2), this.resigning)))
			.isFalse();
	}

}
