# Database tests and the rr_db fixture.
#
# A test labelled `db` (rr_add_test ... LABELS db, or rr_add_db_test) runs with the CTest fixture rr_db
# (tests/store: db_cluster_start / db_cluster_stop). Its start step makes a fresh private directory for the run
# under the system temporary directory (TMPDIR, else /tmp), reachable by the database server's account wherever
# the clone lives (as root the server runs as `postgres`, which may not enter /root), starts a throwaway
# PostgreSQL cluster in it and records the directory's path in ${RR_TEST_RUN_FILE}. The test finds the
# cluster through tests/store/clusterdirectory.h:
#     rr::LocalCluster(rr::test::fixtureDataDir(&error)).connectionUri()
# or tests/store/testdatabase.h (a database of its own on it), and puts a cluster of its own in a
# rr::test::ClusterDirectory (tests/store/privatecluster.h), which goes inside the run's directory. The stop
# step stops every server in there and deletes it, also after a test failed, crashed or timed out.
# Tests may run in parallel (ctest -j) on the same cluster: each test should work in its own database.
# Include this file from tests/CMakeLists.txt before rr_add_test is called.
set(RR_TEST_RUN_FILE ${CMAKE_BINARY_DIR}/tests/rr_db-run)

# Gives test NAME the fixture, the helpers of tests/store and the variable that leads to the run's directory.
function(rr_use_db_fixture NAME)
    target_link_libraries(${NAME} PRIVATE rr_testsupport)
    set_property(TEST ${NAME} APPEND PROPERTY ENVIRONMENT "RR_TEST_RUN_FILE=${RR_TEST_RUN_FILE}")
    set_tests_properties(${NAME} PROPERTIES FIXTURES_REQUIRED rr_db)
endfunction()

# rr_add_db_test(NAME tst_x SOURCES a.cpp LIBS rr_store [ENVIRONMENT VAR=value...]): rr_add_test with LABELS db.
function(rr_add_db_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    rr_add_test(NAME ${T_NAME} SOURCES ${T_SOURCES} LIBS ${T_LIBS} LABELS db ENVIRONMENT ${T_ENVIRONMENT})
endfunction()
