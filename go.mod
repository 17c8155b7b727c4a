module hotpluglab

go 1.26
