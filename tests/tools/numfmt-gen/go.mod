module numfmtgen

go 1.27
