package main

test_star_is_denied if {
	deny["statement A allows every action"] with input as {"document": {"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"}]}, "file": "a.json"}
}
