// Holds the precompiled Qt headers that the test suites reuse (tests/CMakeLists.txt).
int main()
{
    return 0;
}
