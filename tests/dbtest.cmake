# rr_add_db_test(NAME tst_x SOURCES a.cpp LIBS rr_store [ENVIRONMENT VAR=value...])
# A database test: like rr_add_test with LABELS db, run against the throwaway PostgreSQL cluster that the CTest
# fixture rr_db (tests/store: db_cluster_start / db_cluster_stop) creates fresh in ${CMAKE_BINARY_DIR}/test-cluster
# for every ctest run. The test connects with
#     rr::LocalCluster(qEnvironmentVariable("RR_TEST_CLUSTER_DIR")).connectionUri()
# Tests may run in parallel (ctest -j) on the same cluster: each test should work in its own schema or database.
# Include this file from tests/CMakeLists.txt after rr_add_test is defined.
function(rr_add_db_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    rr_add_test(NAME ${T_NAME} SOURCES ${T_SOURCES} LIBS ${T_LIBS} LABELS db
        ENVIRONMENT "RR_TEST_CLUSTER_DIR=${CMAKE_BINARY_DIR}/test-cluster" ${T_ENVIRONMENT})
    set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED rr_db)
endfunction()
