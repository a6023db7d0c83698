package cn.bjzgh.rights.knowledge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

	@Bean
	KnowledgeLoader knowledgeLoader(KnowledgeProperties properties) {
		return new KnowledgeLoader(properties.maxChunkChars());
	}

	@Bean
	KnowledgeSource knowledgeSource(KnowledgeLoader loader, KnowledgeProperties properties,
			ObjectProvider<StoredKnowledge> stored) {
		return new KnowledgeSource(loader, properties, stored::getIfAvailable);
	}

	@Bean
	LawSections lawSections(KnowledgeLoader loader, KnowledgeProperties properties) {
		return new LawSections(loader, properties);
	}

}
