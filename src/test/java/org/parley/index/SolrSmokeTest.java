package org.parley.index;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class SolrSmokeTest {
    @Test
    void starts() throws Exception {
        long t0 = System.nanoTime();
        Path base = Files.createTempDirectory("solr-smoke");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, base)
                .addConfig("parley", Path.of("src/main/resources/parley/solr/conf").toAbsolutePath())
                .build();
        System.out.println("cluster up in " + (System.nanoTime() - t0) / 1e9);
        CollectionAdminRequest.createCollection("events", "parley", 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection("events", 2, 4);
        System.out.println("collection up in " + (System.nanoTime() - t0) / 1e9);
        SolrInputDocument d = new SolrInputDocument();
        d.addField("uid", "x");
        d.addField("kind", "event");
        cluster.getSolrClient().add("events", d);
        cluster.getSolrClient().commit("events");
        System.out.println(cluster.getSolrClient().query("events", new org.apache.solr.client.solrj.SolrQuery("*:*")).getResults());
        cluster.shutdown();
        System.out.println("done in " + (System.nanoTime() - t0) / 1e9);
    }
}
