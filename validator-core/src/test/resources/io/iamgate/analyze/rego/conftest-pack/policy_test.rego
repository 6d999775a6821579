package main

test_star_is_denied if {
	deny["statement A allows every action"] with input as {"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"}]}
		with data.conftest.file as {"name": "a.json", "dir": "/repo"}
}

test_legacy_bucket_deletion_is_exempt if {
	"bucket_deletion" in exception[_] with input as {"Statement": []} with data.conftest.file as {"name": "old.json", "dir": "/repo/legacy"}
}
