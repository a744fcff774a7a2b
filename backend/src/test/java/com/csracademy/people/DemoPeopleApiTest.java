package com.csracademy.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.csracademy.content.ContentVersions.ContentVersion;
import com.csracademy.people.persistence.OrgDocuments.DepartmentDocument;
import com.csracademy.people.persistence.PersonDocument;
import com.csracademy.people.persistence.TraineeDocument;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

class DemoPeopleApiTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private DemoPeople demoPeople;

    @Autowired
    private ReactiveMongoTemplate mongo;

    /**
     * A changed file loads again: what is missing comes back, what is stored stays as it is (an admin's edit is
     * not overwritten), and nothing is stored twice.
     */
    @Test
    void loadingAgainAddsWhatIsMissingAndLeavesTheRest() {
        DepartmentDocument department = mongo.findAll(DepartmentDocument.class).blockFirst(WAIT);
        TraineeDocument trainee = mongo.findById("t10", TraineeDocument.class).block(WAIT);
        assertThat(department).isNotNull();
        assertThat(trainee).isNotNull();
        long people = mongo.count(new Query(), PersonDocument.class)
                .block(WAIT);
        try {
            mongo.save(new DepartmentDocument(department.id(), department.name() + "（改名）")).block(WAIT);
            mongo.remove(trainee).block(WAIT);
            mongo.remove(new ContentVersion("demo-people", "", null)).block(WAIT);

            demoPeople.run().block(WAIT);

            assertThat(mongo.findById(department.id(), DepartmentDocument.class).block(WAIT).name())
                    .isEqualTo(department.name() + "（改名）");
            TraineeDocument back = mongo.findById("t10", TraineeDocument.class).block(WAIT);
            assertThat(back).isNotNull();
            assertThat(back.category()).isEqualTo(trainee.category());
            assertThat(back.cohortId()).isEqualTo(trainee.cohortId());
            assertThat(mongo.count(new Query(), PersonDocument.class)
                    .block(WAIT)).isEqualTo(people);
            assertThat(mongo.findById("demo-people", ContentVersion.class).block(WAIT)).isNotNull();
        } finally {
            mongo.save(department).block(WAIT);
            if (mongo.findById("t10", TraineeDocument.class).block(WAIT) == null) {
                mongo.save(trainee).block(WAIT);
            }
        }
    }
}
